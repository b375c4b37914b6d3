using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Tests.Reports;

public class AssociateFilterLiftTests
{
    private static readonly FieldCondition AtLocation = new("locationId", FilterOperator.Eq, "loc-1");
    private static readonly FieldCondition Expired = new("status", FilterOperator.Eq, CertificationStatus.Expired);

    [Fact]
    public void From_an_and_only_the_associate_conditions_are_lifted_onto_the_associate()
    {
        var lifted = AssociateFilterLift.Lift(new AllOf([Expired, AtLocation, new FieldCondition("associateId", FilterOperator.In, new List<object?> { "a1" })]));

        Assert.Equal(
            """{ "locationId" : "loc-1", "_id" : { "$in" : ["a1"] } }""",
            MongoQueryRenderer.RenderFilter<AssociateDocument>(lifted).ToString());
    }

    [Fact]
    public void An_or_is_lifted_only_when_every_branch_speaks_of_the_associate()
    {
        Assert.Null(AssociateFilterLift.Lift(new AnyOf([AtLocation, Expired])));
        Assert.NotNull(AssociateFilterLift.Lift(new AnyOf([AtLocation, new ListCondition("leaderIds", ListQuantifier.Some, new FieldCondition("", FilterOperator.Eq, "lead"))])));
    }

    [Fact]
    public void A_job_function_id_condition_becomes_one_on_the_held_job_functions()
    {
        var lifted = (ListCondition)AssociateFilterLift.Lift(new ListCondition("jobFunctionIds", ListQuantifier.None, new FieldCondition("", FilterOperator.Eq, "jf-1")))!;

        Assert.Equal("jobFunctions", lifted.Field);
        Assert.Equal(ListQuantifier.None, lifted.Quantifier);
        Assert.Equal(new FieldCondition("jobFunctionId", FilterOperator.Eq, "jf-1"), lifted.Element);
    }

    [Fact]
    public void A_filter_on_row_fields_alone_lifts_nothing()
    {
        Assert.Null(AssociateFilterLift.Lift(Expired));
        Assert.Null(AssociateFilterLift.Lift(null));
    }
}
