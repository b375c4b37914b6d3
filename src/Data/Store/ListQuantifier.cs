namespace GraphTraining.Data.Store;

public enum ListQuantifier
{
    Some,
    All,
    None,
    Any,
}
