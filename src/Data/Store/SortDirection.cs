namespace GraphTraining.Data.Store;

public enum SortDirection
{
    Ascending,
    Descending,
}
