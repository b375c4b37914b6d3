using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Locations;

public sealed class LocationType : ObjectGraphType<LocationDocument>
{
    public LocationType()
    {
        Name = "Location";
        Description = "A site where associates work.";
        Field(l => l.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The location's id.");
        Field(l => l.Name).Description("The location's name.");
        Field(l => l.Region, nullable: true).Description("The region the location belongs to.");
    }
}
