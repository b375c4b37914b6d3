namespace GraphTraining.Server.Auth;

/// <summary>
/// The <c>Jwt</c> section. Development signs its own tokens with <see cref="SigningKey"/> (see the <c>token</c>
/// command); Production validates an identity provider's tokens found through <see cref="Authority"/>.
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>The key in appsettings.Development.json; known to everyone, so never accepted in Production.</summary>
    public const string DevelopmentSigningKey = "graphtraining-development-signing-key-not-for-production-use";

    /// <summary>The OpenID Connect issuer whose discovery document lists the signing keys (Production).</summary>
    public string? Authority { get; set; }

    public string? Issuer { get; set; }

    public string? Audience { get; set; }

    /// <summary>A symmetric HMAC-SHA256 key (at least 32 bytes) for self-issued tokens (Development).</summary>
    public string? SigningKey { get; set; }
}
