using GraphTraining.Data;
using GraphTraining.Schema;
using GraphTraining.Server.Auth;
using GraphTraining.Server.Cli;
using GraphTraining.Server.Health;
using GraphTraining.Server.Transport.GraphiQL;
using GraphTraining.Server.Transport.Http;

if (TrainingCli.IsCommand(args))
{
    return await TrainingCli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTrainingStore(builder.Configuration);
builder.Services.AddTrainingSchema(builder.Configuration);
builder.Services.AddAuth(builder.Configuration, builder.Environment);
builder.Services.AddGraphQLHttp(builder.Configuration);
builder.Services.AddGraphiQL();
builder.Services.AddHealth();

var app = builder.Build();
app.UseGraphiQL();
app.UseGraphQLAuthentication();
app.MapGraphQL();
app.MapHealth();
await app.RunAsync();
return 0;
