using GraphTraining.Data;
using GraphTraining.Schema;
using GraphTraining.Server.Health;
using GraphTraining.Server.Transport.GraphiQL;
using GraphTraining.Server.Transport.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTrainingStore(builder.Configuration);
builder.Services.AddTrainingSchema();
builder.Services.AddGraphQLHttp(builder.Configuration);
builder.Services.AddGraphiQL();
builder.Services.AddHealth();

var app = builder.Build();
app.UseGraphiQL();
app.MapGraphQL();
app.MapHealth();
await app.RunAsync();
