using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Certifications;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.JobFunctions;
using GraphTraining.Schema.Locations;

namespace GraphTraining.Schema.Reports;

public sealed class CertificationSummaryGroupType : ObjectGraphType<ReportSummaryGroup>
{
    public CertificationSummaryGroupType()
    {
        Name = "CertificationSummaryGroup";
        Description = "How many certification rows share these key values; keys not grouped by are null.";
        this.Reference<ReportSummaryGroup, LocationType, LocationDocument>("location", g => g.Key("locationId"), l => l.Locations)
            .Description("The location, when grouped by LOCATION.");
        this.Reference<ReportSummaryGroup, JobFunctionType, JobFunctionDocument>("jobFunction", g => g.Key("jobFunctionIds"), l => l.JobFunctions)
            .Description("The job function, when grouped by JOB_FUNCTION; null also for associates without one.");
        this.Reference<ReportSummaryGroup, CertificationDefinitionType, CertificationDefinitionDocument>("certification", g => g.Key("certificationId"), l => l.Certifications)
            .Description("The certification, when grouped by CERTIFICATION.");
        Field<CertificationStatusType>("status").Description("The status, when grouped by STATUS.").Resolve(c => c.Source.Status<CertificationStatus>());
        Field(g => g.Count, type: typeof(NonNullGraphType<IntGraphType>)).Description("How many rows are in the group.");
    }
}
