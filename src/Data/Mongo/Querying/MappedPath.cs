using System.Collections.Concurrent;
using GraphTraining.Data.Documents;
using MongoDB.Bson.Serialization;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>
/// A dotted path of stored element names resolved through the class maps of <see cref="DocumentMapping"/>, so
/// both query engines read exactly the members, shapes and serializers that MongoDB stores. Resolutions are
/// cached per (root type, path); both are immutable.
/// </summary>
internal sealed class MappedPath
{
    private static readonly ConcurrentDictionary<(Type Root, string Path), MappedPath> Cache = new();

    private MappedPath(Type rootType, string path, IReadOnlyList<MappedStep> steps)
    {
        RootType = rootType;
        Path = path;
        Steps = steps;
    }

    public Type RootType { get; }

    public string Path { get; }

    public IReadOnlyList<MappedStep> Steps { get; }

    public MappedStep Leaf => Steps[^1];

    /// <summary>Index of the first list the path continues through (not counting the leaf), or -1.</summary>
    public int FirstInnerListIndex
    {
        get
        {
            for (var i = 0; i < Steps.Count - 1; i++)
            {
                if (Steps[i].IsList)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>True when any segment, the leaf included, is a list (MongoDB then compares element by element).</summary>
    public bool TouchesList => Steps.Any(s => s.IsList);

    /// <exception cref="ArgumentException">The path is empty or names an element the mapping does not store.</exception>
    public static MappedPath Resolve(Type rootType, string path)
    {
        ArgumentNullException.ThrowIfNull(rootType);
        ArgumentNullException.ThrowIfNull(path);
        return Cache.GetOrAdd((rootType, path), static key => Build(key.Root, key.Path));
    }

    /// <summary>The same path starting at segment <paramref name="start"/>, relative to the item type before it.</summary>
    public MappedPath Suffix(int start) =>
        Resolve(Steps[start - 1].ItemType, string.Join('.', Steps.Skip(start).Select(s => s.ElementName)));

    public string Prefix(int endInclusive) => string.Join('.', Steps.Take(endInclusive + 1).Select(s => s.ElementName));

    private static MappedPath Build(Type rootType, string path)
    {
        DocumentMapping.Register();
        var segments = path.Split('.');
        if (segments.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException($"The path '{path}' has an empty segment.", nameof(path));
        }

        var steps = new List<MappedStep>(segments.Length);
        var current = rootType;
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0 && !steps[^1].IsDocumentLike)
            {
                throw new ArgumentException(
                    $"The path '{path}' continues past '{steps[^1].ElementName}', which holds no sub-document.", nameof(path));
            }

            var memberMap = BsonClassMap.LookupClassMap(current).GetMemberMapForElement(segments[i])
                ?? throw new ArgumentException(
                    $"The path '{path}' names '{segments[i]}', which {current.Name} does not store.", nameof(path));
            var step = Describe(memberMap);
            steps.Add(step);
            current = step.ItemType;
        }

        return new MappedPath(rootType, path, steps);
    }

    private static MappedStep Describe(BsonMemberMap memberMap)
    {
        var serializer = memberMap.GetSerializer();
        if (serializer is IBsonArraySerializer array && memberMap.MemberType != typeof(string)
            && array.TryGetItemSerializationInfo(out var item))
        {
            var shape = item.Serializer is IBsonDocumentSerializer ? ValueShape.DocumentList : ValueShape.ScalarList;
            return new MappedStep(memberMap.ElementName, memberMap, shape, item.NominalType, item.Serializer);
        }

        return serializer is IBsonDocumentSerializer
            ? new MappedStep(memberMap.ElementName, memberMap, ValueShape.Document, memberMap.MemberType, serializer)
            : new MappedStep(memberMap.ElementName, memberMap, ValueShape.Scalar, memberMap.MemberType, serializer);
    }
}
