using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Conventions.Paging;

public static class CatalogQuery
{
    /// <summary>Catalogs list by name, as people look for them.</summary>
    public static StoreQuery ByName { get; } = new() { Sort = [new SortField("name", SortDirection.Ascending)] };
}
