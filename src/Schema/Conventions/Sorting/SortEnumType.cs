using GraphQL.Types;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Conventions.Sorting;

public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction. Text sorts ordinally; null and missing values come first ascending, last descending.";
        Add("ASC", SortDirection.Ascending, "Smallest first.");
        Add("DESC", SortDirection.Descending, "Largest first.");
    }
}
