using GraphTraining.Data;
using GraphTraining.Schema;
using GraphTraining.Server.Cli;

if (TrainingCli.IsCommand(args))
{
    return await TrainingCli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTrainingStore(builder.Configuration);
builder.Services.AddTrainingSchema(builder.Configuration);

var app = builder.Build();
await app.RunAsync();
return 0;
