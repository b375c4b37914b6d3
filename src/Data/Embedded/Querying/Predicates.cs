namespace GraphTraining.Data.Embedded.Querying;

/// <summary>$and and $or over compiled predicates; empty, they mean always and never.</summary>
internal static class Predicates
{
    public static Func<T, bool> All<T>(IReadOnlyList<Func<T, bool>> parts)
    {
        switch (parts.Count)
        {
            case 0:
                return static _ => true;
            case 1:
                return parts[0];
            case 2:
                var (first, second) = (parts[0], parts[1]);
                return value => first(value) && second(value);
            default:
                var array = parts.ToArray();
                return value =>
                {
                    foreach (var part in array)
                    {
                        if (!part(value))
                        {
                            return false;
                        }
                    }

                    return true;
                };
        }
    }

    public static Func<T, bool> Any<T>(IReadOnlyList<Func<T, bool>> parts)
    {
        switch (parts.Count)
        {
            case 0:
                return static _ => false;
            case 1:
                return parts[0];
            case 2:
                var (first, second) = (parts[0], parts[1]);
                return value => first(value) || second(value);
            default:
                var array = parts.ToArray();
                return value =>
                {
                    foreach (var part in array)
                    {
                        if (part(value))
                        {
                            return true;
                        }
                    }

                    return false;
                };
        }
    }
}
