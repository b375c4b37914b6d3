using GraphTraining.Data.Seeding;
using GraphTraining.Data.Store;
using GraphTraining.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Server.Tests.Auth;

/// <summary>The server over the default demo data, which has every default role held by real people.</summary>
public sealed class DemoDataFactory : GraphTrainingFactory
{
    public static IReadOnlyList<string> DefaultRoles { get; } =
    [
        DemoRoleIds.Administrator, DemoRoleIds.ProgramManager, DemoRoleIds.SeniorLeader,
        DemoRoleIds.TeamLeader, DemoRoleIds.SkillBuilder, DemoRoleIds.Associate,
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Store:SeedDemoData", "true");
    }

    /// <summary>The first associate by id holding the role, as the <c>token --role</c> command picks them.</summary>
    public async Task<string> FirstHolderAsync(string roleId)
    {
        var page = await Services.GetRequiredService<ITrainingStore>().Associates
            .QueryAsync(new StoreQuery { Filter = new FieldCondition("roleIds", FilterOperator.Eq, roleId), Limit = 1 });
        return Assert.Single(page.Items).Id;
    }

    public HttpClient ClientFor(string associateId) => CreateClient().WithToken(TestTokens.For(associateId));
}
