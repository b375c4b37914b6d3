using System.Collections;
using System.Reflection;
using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Tests.Seeding;

/// <summary>Every timestamp anywhere inside a document, with the name of the property holding it.</summary>
public static class DocumentDates
{
    public static IEnumerable<(string Property, DateTime Value)> Of(object document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var property in document.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(document);
            switch (value)
            {
                case DateTime date:
                    yield return (property.Name, date);
                    break;
                case string or null:
                    break;
                case IEnumerable items:
                    foreach (var item in items)
                    {
                        foreach (var found in Nested(item))
                        {
                            yield return found;
                        }
                    }

                    break;
                default:
                    foreach (var found in Nested(value))
                    {
                        yield return found;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<(string Property, DateTime Value)> Nested(object? value) =>
        value is not null && value.GetType().Namespace == typeof(Document).Namespace && !value.GetType().IsEnum
            ? Of(value)
            : [];
}
