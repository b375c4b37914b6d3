using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>The sentences people write in the demo organisation: revocation reasons, observation notes, plan content.</summary>
internal static class DemoTexts
{
    public static IReadOnlyList<string> RevocationReasons(RevocationDetermination determination) => determination switch
    {
        RevocationDetermination.Suspension =>
        [
            "Failed a routine safety observation",
            "Under investigation following an incident",
            "Extended leave; competence to be re-checked on return",
        ],
        RevocationDetermination.Recertification =>
        [
            "Assessment standard updated; must re-earn",
            "Repeated errors found in an audit sample",
            "Skills lapsed after a long absence",
        ],
        _ =>
        [
            "Safety procedures deliberately bypassed",
            "Training records were falsified",
        ],
    };

    public static IReadOnlyList<string> RevocationNotes { get; } =
    [
        "Discussed with the associate and their team leader.",
        "HR informed; written confirmation sent.",
        "Associate acknowledged the decision.",
        "Reviewed with the site safety lead before deciding.",
    ];

    public static IReadOnlyList<string> ObservationInProgressNotes { get; } =
    [
        "First session observed; second session booked.",
        "Observation started; to finish on the next shift.",
    ];

    public static IReadOnlyList<string> ObservationCompletedNotes { get; } =
    [
        "Met the standard on every point.",
        "Good pace; reminded to double-check labels.",
        "Confident and safe throughout.",
        "Met the standard after one prompt.",
    ];

    public static IReadOnlyList<string> Objectives(string planTypeId) => planTypeId switch
    {
        DemoPlanSettings.ReturnToWork =>
        [
            "Phased return over four weeks after surgery",
            "Return to full duties after an extended absence",
            "Adjusted hours and no heavy lifting for six weeks",
            "Rebuild confidence on the job after a long period away",
        ],
        DemoPlanSettings.Development =>
        [
            "Prepare to act up as a team leader",
            "Become a skill builder for the team",
            "Earn the next certification ahead of the peak season",
        ],
        _ =>
        [
            "Keep till discrepancies under five pounds a shift for six weeks",
            "Meet the 98% pick accuracy target for eight weeks",
            "Complete every food safety check on time for a month",
            "Arrive on time for every rostered shift for eight weeks",
            "No dispensing near misses for the next quarter",
        ],
    };

    public static IReadOnlyList<string> MeetingSummaries { get; } =
    [
        "Reviewed progress against the objective and agreed next steps.",
        "Discussed the support needed and adjusted the rota.",
        "Walked through recent audit results together.",
        "Checked in on wellbeing and workload.",
        "Agreed targets for the next two weeks.",
    ];

    public static IReadOnlyList<string> PlanNotes { get; } =
    [
        "Associate engaged and positive about the plan.",
        "Occupational health report received.",
        "Buddy assigned for the next three shifts.",
        "Progress slower than hoped; review at the next meeting.",
        "Target met this week.",
    ];

    public static IReadOnlyList<(string FileName, string ContentType)> EvidenceFiles { get; } =
    [
        ("till-discrepancy-report.pdf", "application/pdf"),
        ("occupational-health-letter.pdf", "application/pdf"),
        ("pick-accuracy-by-week.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("meeting-notes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("return-to-work-form.pdf", "application/pdf"),
        ("observation-photo.jpg", "image/jpeg"),
    ];
}
