using System.Collections.Concurrent;
using System.Linq.Expressions;
using MongoDB.Bson.Serialization;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// Typed getters for mapped members, compiled once per (declaring type, member, result type). The class
/// map's own <see cref="BsonMemberMap.Getter"/> boxes through <c>object</c>; these read the property directly.
/// </summary>
internal static class MemberReaders
{
    private static readonly ConcurrentDictionary<(Type Input, string Member, Type Result), Delegate> Cache = new();

    /// <summary>A <c>Func&lt;input, result&gt;</c> reading <paramref name="memberMap"/>'s member.</summary>
    public static Delegate For(Type input, BsonMemberMap memberMap, Type result) =>
        Cache.GetOrAdd((input, memberMap.MemberName, result), _ =>
        {
            var parameter = Expression.Parameter(input, "value");
            var member = Expression.MakeMemberAccess(parameter, memberMap.MemberInfo);
            var body = member.Type == result ? (Expression)member : Expression.Convert(member, result);
            return Expression.Lambda(typeof(Func<,>).MakeGenericType(input, result), body, parameter).Compile();
        });
}
