namespace GraphTraining.Schema.Conventions.Errors;

/// <summary>
/// Every <c>extensions.code</c> and payload error code the API returns, in one place so clients can switch on
/// them. Codes that GraphQL.NET assigns itself (document syntax, validation, variables, operation choice) are
/// listed too, so tests and features name them rather than spelling strings.
/// </summary>
public static class ErrorCodes
{
    public const string InvalidId = "INVALID_ID";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPageSize = "INVALID_PAGE_SIZE";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string ExplainNotAllowed = "EXPLAIN_NOT_ALLOWED";
    public const string NotFound = "NOT_FOUND";
    public const string NameTaken = "NAME_TAKEN";
    public const string NameRequired = "NAME_REQUIRED";
    public const string InvalidColour = "INVALID_COLOUR";
    public const string PlanTypeIsDefault = "PLAN_TYPE_IS_DEFAULT";
    public const string PlanTypeIsActive = "PLAN_TYPE_IS_ACTIVE";
    public const string RoleIsDefault = "ROLE_IS_DEFAULT";
    public const string RoleInUse = "ROLE_IN_USE";
    public const string LastAdministrator = "LAST_ADMINISTRATOR";
    public const string NotEligible = "NOT_ELIGIBLE";
    public const string AlreadyAssigned = "ALREADY_ASSIGNED";
    public const string PermanentlyRevoked = "PERMANENTLY_REVOKED";
    public const string JobFunctionNotRequired = "JOB_FUNCTION_NOT_REQUIRED";

    /// <summary>The HTTP body (or a GET parameter meant to hold JSON) is not valid UTF-8 JSON, or is empty.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>Valid JSON, but not a well-formed GraphQL-over-HTTP request (wrong shape or parameter types).</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>The POST body's Content-Type is missing or is not <c>application/json</c> in UTF-8.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The Accept header lists no media type the endpoint can answer with.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The HTTP method is not one the endpoint serves.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The request body is larger than the configured limit.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>A mutation was sent with GET; GET is safe by HTTP's rules, so mutations need POST.</summary>
    public const string MutationNotAllowedOverGet = "MUTATION_NOT_ALLOWED_OVER_GET";

    /// <summary>A subscription was sent over plain HTTP; subscriptions need a WebSocket.</summary>
    public const string SubscriptionNotSupportedOverHttp = "SUBSCRIPTION_NOT_SUPPORTED_OVER_HTTP";

    /// <summary>GraphQL.NET: the document does not parse.</summary>
    public const string SyntaxError = "SYNTAX_ERROR";

    /// <summary>GraphQL.NET: a variable's value cannot be coerced to its declared type.</summary>
    public const string InvalidValue = "INVALID_VALUE";

    /// <summary>GraphQL.NET: the document has no operation with the requested <c>operationName</c>.</summary>
    public const string InvalidOperationName = "INVALID_OPERATION_NAME";

    /// <summary>GraphQL.NET: the document has several operations and no <c>operationName</c> picks one.</summary>
    public const string NoOperationName = "NO_OPERATION_NAME";

    /// <summary>GraphQL.NET validation: a selected field does not exist on its type.</summary>
    public const string FieldsOnCorrectType = "FIELDS_ON_CORRECT_TYPE";

    /// <summary>The caller is not signed in.</summary>
    public const string AuthNotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The caller is signed in but may not do this.</summary>
    public const string AuthNotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>The store cannot be reached right now.</summary>
    public const string StoreUnavailable = "STORE_UNAVAILABLE";

    /// <summary>The document changed between read and write more often than the retries allow.</summary>
    public const string VersionConflict = "VERSION_CONFLICT";

    /// <summary>A resolver raised an error without giving it a code.</summary>
    public const string ExecutionError = "EXECUTION_ERROR";

    /// <summary>Anything unexpected; the details are logged, and shown only in Development.</summary>
    public const string InternalError = "INTERNAL_ERROR";
}
