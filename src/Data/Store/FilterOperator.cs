namespace GraphTraining.Data.Store;

public enum FilterOperator
{
    Eq,
    Neq,
    In,
    Nin,
    Gt,
    Ngt,
    Gte,
    Ngte,
    Lt,
    Nlt,
    Lte,
    Nlte,
    Contains,
    NContains,
    StartsWith,
    NStartsWith,
    EndsWith,
    NEndsWith,
}
