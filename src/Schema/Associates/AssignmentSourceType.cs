using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Associates;

public sealed class AssignmentSourceType : EnumerationGraphType<AssignmentSource>
{
    public AssignmentSourceType()
    {
        Name = "AssignmentSource";
        Description = "How an item reached an associate: through a job function's action plan or assigned by hand.";
    }
}
