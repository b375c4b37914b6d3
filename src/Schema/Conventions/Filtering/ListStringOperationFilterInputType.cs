namespace GraphTraining.Schema.Conventions.Filtering;

public sealed class ListStringOperationFilterInputType() : ListFilterInputType<StringOperationFilterInputType>("ListStringOperationFilterInput");
