using System.Security.Claims;
using System.Text;
using GraphTraining.Server.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphTraining.Server.Tests.Support;

/// <summary>Real signed JWTs for the test hosts' <c>Jwt</c> settings, and ways to spoil them.</summary>
public static class TestTokens
{
    public const string Issuer = "graphtraining-tests";

    public const string Audience = "graphtraining-tests-api";

    /// <summary>Not the development key, so a host switched to Production still starts.</summary>
    public const string SigningKey = "graphtraining-test-signing-key-used-only-by-server-tests";

    public static JwtOptions Options { get; } = new() { Issuer = Issuer, Audience = Audience, SigningKey = SigningKey };

    public static string For(string associateId, TimeSpan? lifetime = null) =>
        TokenIssuer.Issue(Options, associateId, lifetime ?? TimeSpan.FromHours(1));

    public static string Expired(string associateId) =>
        TokenIssuer.Issue(Options, associateId, TimeSpan.FromMinutes(5), DateTime.UtcNow.AddHours(-2));

    public static string WithIssuer(string associateId, string issuer) =>
        TokenIssuer.Issue(new JwtOptions { Issuer = issuer, Audience = Audience, SigningKey = SigningKey }, associateId, TimeSpan.FromHours(1));

    public static string WithAudience(string associateId, string audience) =>
        TokenIssuer.Issue(new JwtOptions { Issuer = Issuer, Audience = audience, SigningKey = SigningKey }, associateId, TimeSpan.FromHours(1));

    public static string SignedWithAnotherKey(string associateId) =>
        TokenIssuer.Issue(new JwtOptions { Issuer = Issuer, Audience = Audience, SigningKey = "an-attacker-chosen-signing-key-of-enough-length" }, associateId, TimeSpan.FromHours(1));

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise perfect claims.</summary>
    public static string Unsigned(string associateId) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, associateId)]),
            Issuer = Issuer,
            Audience = Audience,
            Expires = DateTime.UtcNow.AddHours(1),
        });

    /// <summary>A token whose payload was edited after signing (sub swapped), keeping the original signature.</summary>
    public static string Tampered(string signedFor, string claimed)
    {
        var parts = For(signedFor).Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace(signedFor, claimed, StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
