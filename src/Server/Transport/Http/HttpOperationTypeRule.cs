using GraphQL.Validation;
using GraphQLParser.AST;
using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Server.Transport.Http;

/// <summary>
/// Refuses, at validation and so before anything runs, the operations HTTP must not carry: mutations over GET
/// (GET is safe by HTTP's rules) and subscriptions over any plain HTTP request (they need a WebSocket).
/// </summary>
public sealed class HttpOperationTypeRule : ValidationRuleBase
{
    public static readonly HttpOperationTypeRule ForGet = new(isGet: true);

    public static readonly HttpOperationTypeRule ForPost = new(isGet: false);

    private readonly bool _isGet;

    private HttpOperationTypeRule(bool isGet) => _isGet = isGet;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var operation = context.Operation;
        if (_isGet && operation.Operation == OperationType.Mutation)
        {
            context.ReportError(new ValidationError(context.Document.Source, null, "Mutations must be sent with POST.", operation)
            {
                Code = ErrorCodes.MutationNotAllowedOverGet,
            });
        }
        else if (operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new ValidationError(context.Document.Source, null, "Subscriptions need a WebSocket connection to this endpoint.", operation)
            {
                Code = ErrorCodes.SubscriptionNotSupportedOverHttp,
            });
        }

        return default;
    }
}
