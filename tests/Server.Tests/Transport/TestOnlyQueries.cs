using GraphQL;
using GraphQL.Types;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Roots;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Server.Tests.Transport;

/// <summary>Fields that fail, echo or wait on purpose, so the transport's handling of each can be seen.</summary>
public sealed class TestOnlyQueries(CancellationProbe probe) : IRootFields<QueryType>
{
    public const string SecretDetail = "connection string Password=hunter2";

    public void AddTo(QueryType root)
    {
        root.Field<StringGraphType>("failUnexpectedly")
            .Resolve(_ => throw new InvalidOperationException(SecretDetail));
        root.Field<StringGraphType>("failStoreUnavailable")
            .Resolve(_ => throw new StoreUnavailableException(SecretDetail));
        root.Field<StringGraphType>("failWithoutCode")
            .Resolve(_ => throw new ExecutionError("A message meant for the client."));
        root.Field<StringGraphType>("echo")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(context => context.GetArgument<string>("text"));
        root.Field<StringGraphType>("requestHeader")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Resolve(context => context.RequestServices!.GetRequiredService<IHttpContextAccessor>()
                .HttpContext!.Request.Headers[context.GetArgument<string>("name")].ToString());
        root.Field<StringGraphType>("waitForCancellation")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async context =>
            {
                var key = context.GetArgument<string>("key");
                probe.MarkStarted(key);
                try
                {
                    await Task.Delay(Timeout.Infinite, context.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    probe.MarkCancelled(key);
                    throw;
                }

                return null;
            });
    }
}
