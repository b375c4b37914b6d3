using GraphTraining.Data.Store;
using GraphTraining.Schema.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace GraphTraining.Server.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Bearer tokens from the <c>Jwt</c> section. A valid token whose <c>sub</c> names no associate fails
    /// authentication like a forged one; a valid one signs the viewer in for the request.
    /// </summary>
    public static IServiceCollection AddAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var jwt = configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
        services.AddOptions<JwtOptions>()
            .Bind(configuration.GetSection(JwtOptions.SectionName))
            .Validate(
                o => !environment.IsProduction() || o.SigningKey != JwtOptions.DevelopmentSigningKey,
                "Jwt:SigningKey is the development key, which anyone can read in the repository; in Production configure Jwt:Authority and Jwt:Audience for your identity provider instead.")
            .ValidateOnStart();
        services.PostConfigure<IdentityOptions>(o => o.EnableIntrospection ??= environment.IsDevelopment());
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.Authority = jwt.Authority;
                options.Audience = jwt.Audience;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = jwt.Issuer ?? jwt.Authority,
                    ValidateAudience = true,
                    ValidAudience = jwt.Audience,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = ViewerLoader.SubjectClaim,
                };
                if (!string.IsNullOrEmpty(jwt.SigningKey))
                {
                    options.TokenValidationParameters.IssuerSigningKey = TokenIssuer.SigningKey(jwt.SigningKey);
                    options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
                }

                options.Events = new JwtBearerEvents { OnTokenValidated = SignInViewerAsync };
            });
        return services;
    }

    private static async Task SignInViewerAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var subject = ViewerLoader.Subject(context.Principal);
        Viewer viewer;
        try
        {
            viewer = await ViewerLoader.LoadAsync(services.GetRequiredService<ITrainingStore>(), subject, context.HttpContext.RequestAborted);
        }
        catch (StoreUnavailableException unavailable)
        {
            // ASP.NET Core authenticates every request (health checks too); a store outage must not turn them into 500s.
            context.Fail(unavailable);
            return;
        }

        if (!viewer.IsAuthenticated)
        {
            context.Fail("The token's subject names no associate.");
            return;
        }

        services.GetRequiredService<ViewerContext>().SignIn(viewer);
    }
}
