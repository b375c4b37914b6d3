using GraphTraining.Schema.Conventions.Ids;

namespace GraphTraining.Bench;

internal static class Conventions
{
    public static string GlobalIdOf(string type, string id) => GlobalId.Encode(type, id);
}
