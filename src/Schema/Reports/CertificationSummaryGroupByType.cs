using GraphQL.Types;

namespace GraphTraining.Schema.Reports;

public sealed class CertificationSummaryGroupByType : EnumerationGraphType
{
    public CertificationSummaryGroupByType()
    {
        Name = "CertificationSummaryGroupBy";
        Description = "What certification rows can be counted by.";
        Add("LOCATION", "locationId", "By the associate's location.");
        Add("JOB_FUNCTION", "jobFunctionIds", "By each job function the associate holds (an associate with several counts once under each; with none, under null).");
        Add("CERTIFICATION", "certificationId", "By certification.");
        Add("STATUS", "status", "By status.");
    }
}
