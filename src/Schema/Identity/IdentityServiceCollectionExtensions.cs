using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Roots;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphTraining.Schema.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>Who is asking and what they may see: the viewer, access declarations' enforcement, scope, roles.</summary>
    public static IGraphQLBuilder AddIdentity(this IGraphQLBuilder graphQL) =>
        graphQL
            .UseMiddleware<AccessFieldMiddleware>()
            .ConfigureExecutionOptions(options =>
            {
                if (options.RequestServices is not { } services)
                {
                    return;
                }

                services.GetRequiredService<ViewerContext>().Principal ??= options.User;
                if (services.GetRequiredService<IOptions<IdentityOptions>>().Value.EnableIntrospection != true)
                {
                    options.ValidationRules = [.. options.ValidationRules ?? DocumentValidator.CoreRules, NoIntrospectionValidationRule.Instance];
                }
            });

    public static IServiceCollection AddIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdentityOptions>(configuration.GetSection(IdentityOptions.SectionName));
        return services
            .AddScoped<ViewerContext>()
            .AddScoped<VisibleAssociates>()
            .AddSingleton<PermissionType>()
            .AddSingleton<RoleType>()
            .AddSingleton<ViewerType>()
            .AddSingleton<CreateRoleInputType>()
            .AddSingleton<UpdateRoleInputType>()
            .AddSingleton<DeleteRoleInputType>()
            .AddSingleton<AssignRolesInputType>()
            .AddSingleton<RoleIsDefaultErrorType>()
            .AddSingleton<RoleInUseErrorType>()
            .AddSingleton<LastAdministratorErrorType>()
            .AddSingleton<IRootFields<QueryType>, IdentityQueries>()
            .AddSingleton<IRootFields<MutationType>, RoleMutations>()
            .AddSingleton<INodeSource>(new DocumentNodeSource<RoleDocument>("Role", store => store.Roles));
    }
}
