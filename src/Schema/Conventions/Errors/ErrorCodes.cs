namespace GraphTraining.Schema.Conventions.Errors;

/// <summary>Every <c>extensions.code</c> and payload error code the API returns.</summary>
public static class ErrorCodes
{
    public const string InvalidId = "INVALID_ID";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPageSize = "INVALID_PAGE_SIZE";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string NotFound = "NOT_FOUND";
    public const string NameTaken = "NAME_TAKEN";
    public const string NameRequired = "NAME_REQUIRED";
    public const string InvalidColour = "INVALID_COLOUR";
    public const string PlanTypeIsDefault = "PLAN_TYPE_IS_DEFAULT";
    public const string PlanTypeIsActive = "PLAN_TYPE_IS_ACTIVE";
}
