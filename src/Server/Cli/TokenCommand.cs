using System.CommandLine;
using System.Globalization;
using GraphTraining.Data.Store;
using GraphTraining.Server.Auth;

namespace GraphTraining.Server.Cli;

/// <summary><c>token --role TeamLeader</c> or <c>token --sub a-000042</c>: a Development bearer token for that associate.</summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var role = new Option<string?>("--role") { Description = "A role id or name (any case, spaces optional); the token is for the first associate by id holding it." };
        var sub = new Option<string?>("--sub") { Description = "The associate id the token is for." };
        var expires = new Option<string>("--expires") { Description = "How long the token lives: 30m, 8h, 7d.", DefaultValueFactory = _ => "8h" };
        var command = new Command("token", "Prints a bearer token signed with the configured development key.") { role, sub, expires };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryParseLifetime(parseResult.GetValue(expires), out var lifetime))
            {
                await Console.Error.WriteLineAsync("--expires takes a number and a unit: 30m, 8h or 7d.");
                return 1;
            }

            await using var app = CliHost.Build(parseResult);
            var store = app.Services.GetRequiredService<ITrainingStore>();
            var associateId = parseResult.GetValue(sub) is { } given
                ? await ExistingAsync(store, given, cancellationToken)
                : parseResult.GetValue(role) is { } roleName
                    ? await FirstHolderAsync(store, roleName, cancellationToken)
                    : null;
            if (associateId is null)
            {
                await Console.Error.WriteLineAsync("No such associate: give --sub <an existing associate id> or --role <a role someone holds>.");
                return 1;
            }

            await Console.Out.WriteLineAsync(TokenIssuer.Issue(app.Configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new(), associateId, lifetime));
            return 0;
        });
        return command;
    }

    private static async Task<string?> ExistingAsync(ITrainingStore store, string id, CancellationToken cancellationToken) =>
        (await store.Associates.GetByIdAsync(id, cancellationToken))?.Id;

    private static async Task<string?> FirstHolderAsync(ITrainingStore store, string roleName, CancellationToken cancellationToken)
    {
        var roles = (await store.Roles.QueryAsync(StoreQuery.All, cancellationToken)).Items;
        var wanted = Normalize(roleName);
        if (roles.FirstOrDefault(r => Normalize(r.Id) == wanted || Normalize(r.Name) == wanted || Normalize(r.Id) == "role" + wanted) is not { } match)
        {
            return null;
        }

        var holders = await store.Associates.QueryAsync(
            new StoreQuery { Filter = new FieldCondition("roleIds", FilterOperator.Eq, match.Id), Limit = 1 }, cancellationToken);
        return holders.Items.Count > 0 ? holders.Items[0].Id : null;
    }

    private static string Normalize(string name) =>
        new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static bool TryParseLifetime(string? text, out TimeSpan lifetime)
    {
        lifetime = default;
        if (string.IsNullOrEmpty(text) || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return false;
        }

        TimeSpan? unit = text[^1] switch { 'm' => TimeSpan.FromMinutes(1), 'h' => TimeSpan.FromHours(1), 'd' => TimeSpan.FromDays(1), _ => null };
        lifetime = unit is { } u ? u * amount : default;
        return unit is not null;
    }
}
