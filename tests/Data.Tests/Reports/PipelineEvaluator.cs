using MongoDB.Bson;

namespace GraphTraining.Data.Tests.Reports;

/// <summary>
/// A tiny evaluator for the stages and expressions the report pipelines use before <c>$match</c>
/// (<c>$unwind</c>, <c>$lookup</c>, <c>$project</c>), written from the MongoDB manual, so the projection can be
/// checked against the embedded one without a server. A missing value is a C# null and a projected missing
/// value leaves the field out, as MongoDB does; an operator it does not know fails the test.
/// </summary>
internal sealed class PipelineEvaluator(IReadOnlyDictionary<string, IReadOnlyList<BsonDocument>> collections)
{
    public List<BsonDocument> Run(IEnumerable<BsonDocument> stages, IEnumerable<BsonDocument> input)
    {
        var documents = input.ToList();
        foreach (var stage in stages)
        {
            var (name, spec) = (stage.GetElement(0).Name, stage.GetElement(0).Value);
            documents = name switch
            {
                "$unwind" => [.. documents.SelectMany(d => Unwind(d, spec))],
                "$lookup" => documents.ConvertAll(d => Lookup(d, spec.AsBsonDocument)),
                "$project" => documents.ConvertAll(d => Project(d, spec.AsBsonDocument)),
                _ => throw new NotSupportedException(name),
            };
        }

        return documents;
    }

    private static IEnumerable<BsonDocument> Unwind(BsonDocument document, BsonValue spec)
    {
        var path = (spec.IsString ? spec.AsString : spec["path"].AsString)[1..];
        var preserve = spec.IsBsonDocument && spec.AsBsonDocument.GetValue("preserveNullAndEmptyArrays", false).AsBoolean;
        var value = Path(document, path);
        if (value is BsonArray { Count: > 0 } array)
        {
            return array.Select(element => With(document, path, element));
        }

        return preserve ? [value is BsonArray ? Without(document, path) : document] : [];
    }

    private BsonDocument Lookup(BsonDocument document, BsonDocument spec)
    {
        var local = Path(document, spec["localField"].AsString) ?? BsonNull.Value;
        var foreign = spec["foreignField"].AsString;
        var matches = collections[spec["from"].AsString].Where(f => (Path(f, foreign) ?? BsonNull.Value).Equals(local));
        return With(document, spec["as"].AsString, new BsonArray(matches));
    }

    private static BsonDocument Project(BsonDocument document, BsonDocument spec)
    {
        var result = new BsonDocument();
        foreach (var field in spec)
        {
            if (Evaluate(field.Value, document, []) is { } value)
            {
                result[field.Name] = value;
            }
        }

        return result;
    }

    private static BsonValue? Evaluate(BsonValue expression, BsonDocument root, Dictionary<string, BsonValue?> variables)
    {
        if (expression.IsString && expression.AsString.StartsWith("$$", StringComparison.Ordinal))
        {
            var parts = expression.AsString[2..].Split('.', 2);
            var variable = variables[parts[0]];
            return parts.Length == 1 ? variable : variable is BsonDocument d ? Path(d, parts[1]) : null;
        }

        if (expression.IsString && expression.AsString.StartsWith('$'))
        {
            return Path(root, expression.AsString[1..]);
        }

        if (expression is BsonArray items)
        {
            return new BsonArray(items.Select(i => Evaluate(i, root, variables) ?? BsonNull.Value));
        }

        if (expression is not BsonDocument { ElementCount: 1 } op || !op.GetElement(0).Name.StartsWith('$'))
        {
            return expression;
        }

        var (name, args) = (op.GetElement(0).Name, op.GetElement(0).Value);
        BsonValue? Arg(int i) => Evaluate(args is BsonArray list ? list[i] : i == 0 ? args : throw new NotSupportedException(name), root, variables);
        BsonValue? Named(string key, Dictionary<string, BsonValue?> scope) => Evaluate(args[key], root, scope);
        switch (name)
        {
            case "$literal":
                return args;
            case "$concat":
                var texts = args.AsBsonArray.Select(a => Evaluate(a, root, variables)).ToList();
                return texts.Any(t => t is null || t.IsBsonNull) ? BsonNull.Value : string.Concat(texts.Select(t => t!.AsString));
            case "$ifNull":
                return Arg(0) is { IsBsonNull: false } value ? value : Arg(1);
            case "$size":
                return Arg(0) is BsonArray sized ? sized.Count : throw new InvalidOperationException("$size needs an array.");
            case "$eq":
                return (Arg(0) ?? BsonNull.Value).Equals(Arg(1) ?? BsonNull.Value);
            case "$gt":
                return (Arg(0) ?? BsonNull.Value).CompareTo(Arg(1) ?? BsonNull.Value) > 0;
            case "$in":
                return Arg(1)!.AsBsonArray.Contains(Arg(0) ?? BsonNull.Value);
            case "$or":
                return args.AsBsonArray.Any(a => Truthy(Evaluate(a, root, variables)));
            case "$cond":
                return Truthy(Arg(0)) ? Arg(1) : Arg(2);
            case "$multiply":
                return Arg(0) is BsonInt32 x && Arg(1) is BsonInt32 y ? x.Value * y.Value : Arg(0)!.ToDouble() * Arg(1)!.ToDouble();
            case "$divide":
                return Arg(0)!.ToDouble() / Arg(1)!.ToDouble();
            case "$floor":
                return Math.Floor(Arg(0)!.ToDouble());
            case "$toInt":
                return (int)Arg(0)!.ToDouble();
            case "$let":
                var scope = new Dictionary<string, BsonValue?>(variables);
                foreach (var v in args["vars"].AsBsonDocument)
                {
                    scope[v.Name] = Evaluate(v.Value, root, variables);
                }

                return Named("in", scope);
            case "$map" or "$filter":
                var alias = args.AsBsonDocument.GetValue("as", "this").AsString;
                var input = Named("input", variables) as BsonArray ?? [];
                var each = input.Select(element => (element, scope: new Dictionary<string, BsonValue?>(variables) { [alias] = element }));
                return name == "$map"
                    ? new BsonArray(each.Select(e => Named("in", e.scope) ?? BsonNull.Value))
                    : new BsonArray(each.Where(e => Truthy(Named("cond", e.scope))).Select(e => e.element));
            case "$reduce":
                var accumulated = Named("initialValue", variables);
                foreach (var element in Named("input", variables) as BsonArray ?? [])
                {
                    accumulated = Named("in", new Dictionary<string, BsonValue?>(variables) { ["this"] = element, ["value"] = accumulated });
                }

                return accumulated;
            default:
                throw new NotSupportedException(name);
        }
    }

    private static bool Truthy(BsonValue? value) => value is not null && !value.IsBsonNull && value switch
    {
        BsonBoolean b => b.Value,
        BsonInt32 i => i.Value != 0,
        BsonInt64 l => l.Value != 0,
        BsonDouble d => d.Value != 0,
        _ => true,
    };

    private static BsonValue? Path(BsonDocument document, string path)
    {
        BsonValue? current = document;
        foreach (var part in path.Split('.'))
        {
            current = current switch
            {
                BsonDocument d => d.TryGetValue(part, out var next) ? next : null,
                BsonArray a => new BsonArray(a.OfType<BsonDocument>().Select(e => e.TryGetValue(part, out var v) ? v : null).OfType<BsonValue>()),
                _ => null,
            };
        }

        return current;
    }

    private static BsonDocument With(BsonDocument document, string path, BsonValue value)
    {
        var copy = document.DeepClone().AsBsonDocument;
        var parts = path.Split('.');
        var target = parts[..^1].Aggregate(copy, (d, p) => d[p].AsBsonDocument);
        target[parts[^1]] = value;
        return copy;
    }

    private static BsonDocument Without(BsonDocument document, string path)
    {
        var copy = document.DeepClone().AsBsonDocument;
        copy.Remove(path);
        return copy;
    }
}
