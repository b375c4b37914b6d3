namespace GraphTraining.Schema.Conventions.Filtering;

public sealed class ListIdOperationFilterInputType() : ListFilterInputType<IdOperationFilterInputType>("ListIdOperationFilterInput");
