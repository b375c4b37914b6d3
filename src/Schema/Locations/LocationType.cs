using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;

namespace GraphTraining.Schema.Locations;

public sealed class LocationType : ObjectGraphType<LocationDocument>
{
    public LocationType()
    {
        Name = "Location";
        Description = "A site where associates work.";
        this.IsNode();
        Field(l => l.Name).Description("The location's name.");
        Field(l => l.Region, nullable: true).Description("The region the location belongs to.");
    }
}
