using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Tests.Embedded.Querying.Reference;

/// <summary>
/// Seeded random associates, filters and sorts over a handful of paths with deliberately awkward values:
/// regex metacharacters, characters above U+FFFF, nulls, numbers of every CLR type, values of the wrong type.
/// </summary>
internal sealed class RandomQueries(int seed)
{
    private static readonly string[] Texts = ["Ada", "ada", "Grace", "a.b*c(", "x a.b*c( y", "", "\uFFFD", "\U0001F600z", "Zed", "\u00E9t\u00E9", "lead-1", "lead-2"];
    private static readonly string[] Fragments = ["a", ".b*", "Ad", "c(", "", "\U0001F600", "Z", "lead-", "\u00E9"];
    private static readonly DateTime[] Dates =
    [
        new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        new(2025, 6, 15, 12, 0, 0, 500, DateTimeKind.Utc),
        new(2025, 6, 15, 12, 0, 0, 501, DateTimeKind.Utc),
        new(1969, 12, 31, 23, 59, 59, DateTimeKind.Utc),
    ];

    private static readonly string[] ScalarPaths = ["_id", "displayName", "email", "locationId", "version", "hiredAt"];
    private static readonly string[] ListPaths = ["certifications.status", "certifications.dueAt", "certifications.revocation.determination", "certifications.tiers.status", "leaderIds", "roleIds"];
    private static readonly string[] CertificationPaths = ["certificationId", "status", "source", "dueAt", "revocation.determination", "revocation.reason"];
    private static readonly string[] SortPaths = ["displayName", "email", "version", "hiredAt", "_id", "leaderIds", "certifications.status", "certifications.dueAt", "certifications.revocation.determination"];

    private readonly Random _random = new(seed);

    public AssociateDocument Associate(int number) => new()
    {
        Id = Pick(["a", "b", "\uFFFD", "\U0001F600"]) + number,
        EmployeeNumber = $"E{number}",
        FirstName = "F",
        LastName = "L",
        DisplayName = Pick(Texts),
        Email = Maybe(() => Pick(Texts)),
        LocationId = Pick(["loc-1", "loc-2"]),
        Version = _random.Next(0, 6),
        HiredAt = Pick(Dates),
        LeaderIds = _random.Next(10) == 0 ? null! : Many(3, () => Pick(Texts)),
        RoleIds = Many(2, () => Pick(["admin", "lead", "trainer"])),
        Certifications = Many(3, Certification),
    };

    public FilterNode Filter(int depth = 0) => (_random.Next(depth >= 2 ? 6 : 9)) switch
    {
        0 or 1 => Condition(Pick(ScalarPaths)),
        2 => Condition(Pick(ListPaths)),
        3 => new ListCondition("certifications", PickQuantifier(), Maybe(() => CertificationFilter(depth + 1), 0.85)),
        4 => new ListCondition("certifications.tiers", PickQuantifier(), Maybe(TierFilter, 0.8)),
        5 => new ListCondition(Pick(["leaderIds", "roleIds"]), PickQuantifier(), Maybe(() => ElementFilter(0), 0.85)),
        6 => new AllOf(Many(3, () => Filter(depth + 1))),
        _ => new AnyOf(Many(3, () => Filter(depth + 1))),
    };

    public IReadOnlyList<SortField> Sort() =>
        Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Pick(SortPaths)).Distinct()
            .Select(p => new SortField(p, _random.Next(2) == 0 ? SortDirection.Ascending : SortDirection.Descending)).ToList();

    private AssociateCertification Certification() => new()
    {
        CertificationId = Pick(["c1", "c2", "a.b*c("]),
        Status = Pick(Enum.GetValues<CertificationStatus>()),
        Source = Pick(Enum.GetValues<AssignmentSource>()),
        AssignedAt = Pick(Dates),
        DueAt = Maybe(() => (DateTime?)Pick(Dates)),
        Revocation = Maybe(() => new Revocation { Determination = Pick(Enum.GetValues<RevocationDetermination>()), Reason = Pick(Texts), By = "x" }, 0.4),
        Tiers = Many(2, () => new TierProgress { TierId = Pick(["t1", "t2"]), Status = Pick(Enum.GetValues<ProgressStatus>()) }),
    };

    private FilterNode CertificationFilter(int depth) => (_random.Next(depth >= 3 ? 3 : 6)) switch
    {
        0 or 1 or 2 => Condition(Pick(CertificationPaths)),
        3 => new ListCondition("tiers", PickQuantifier(), Maybe(TierFilter, 0.8)),
        4 => new AllOf(Many(2, () => CertificationFilter(depth + 1))),
        _ => new AnyOf(Many(2, () => CertificationFilter(depth + 1))),
    };

    private FilterNode TierFilter() => Condition(Pick(["tierId", "status", "completedAt"]));

    private FilterNode ElementFilter(int depth) => (_random.Next(depth >= 2 ? 1 : 4)) switch
    {
        0 or 1 => Condition(string.Empty, Texts),
        2 => new AllOf(Many(2, () => ElementFilter(depth + 1))),
        _ => new AnyOf(Many(2, () => ElementFilter(depth + 1))),
    };

    private FieldCondition Condition(string path) => Condition(path, path.Split('.')[^1] switch
    {
        "version" => [0, 1L, 2.0, 2.5, 3m, 4.5m, "3"],
        "hiredAt" or "dueAt" or "completedAt" => Dates.Cast<object>().Append(Dates[1].AddTicks(3)).Append("2024").ToArray(),
        "status" => [.. Enum.GetValues<CertificationStatus>().Cast<object>(), .. Enum.GetValues<ProgressStatus>().Cast<object>(), "Revoked", "Completed", 1],
        "source" => [AssignmentSource.Manual, "ActionPlan"],
        "determination" => [.. Enum.GetValues<RevocationDetermination>().Cast<object>(), "Permanent"],
        "roleIds" => ["admin", "lead", "trainer", "z"],
        _ => [.. Texts, 7],
    });

    private FieldCondition Condition(string path, object[] values)
    {
        var op = Pick(Enum.GetValues<FilterOperator>());
        object? Value() => _random.Next(8) == 0 ? null : Pick(values);
        object? value = op switch
        {
            FilterOperator.In or FilterOperator.Nin => Many(3, Value).ToArray(),
            FilterOperator.Contains or FilterOperator.NContains or FilterOperator.StartsWith or FilterOperator.NStartsWith
                or FilterOperator.EndsWith or FilterOperator.NEndsWith => Pick(Fragments),
            _ => Value(),
        };
        return new FieldCondition(path, op, value);
    }

    private ListQuantifier PickQuantifier() => Pick(Enum.GetValues<ListQuantifier>());

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    private T? Maybe<T>(Func<T> make, double probability = 0.7) => _random.NextDouble() < probability ? make() : default;

    private List<T> Many<T>(int most, Func<T> make) => Enumerable.Range(0, _random.Next(0, most + 1)).Select(_ => make()).ToList();
}
