using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Identity;

public sealed class PermissionType : EnumerationGraphType<Permission>
{
    public PermissionType()
    {
        Name = "Permission";
        Description = "A capability a role grants to the people who hold it.";
    }
}
