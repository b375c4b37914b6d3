using GraphTraining.Data;
using GraphTraining.Schema;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTrainingStore(builder.Configuration);
builder.Services.AddTrainingSchema();

var app = builder.Build();
await app.RunAsync();
