namespace GraphTraining.Server.Transport.GraphiQL;

public static class GraphiQLServiceCollectionExtensions
{
    public static IServiceCollection AddGraphiQL(this IServiceCollection services) =>
        services.AddSingleton(provider => GraphiQLAssets.Locate(provider.GetRequiredService<IWebHostEnvironment>()));
}
