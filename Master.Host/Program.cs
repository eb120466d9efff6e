using Master.Host;
using Master.Host.Commands;
using Master.Host.Security;

var builder = WebApplication.CreateBuilder(args);
var settings = builder.AddMasterConfiguration(Console.Error);
if (settings is null)
{
    return 2;
}

builder.AddMasterLogging(settings);
builder.AddMasterListeners(settings);
builder.Services.AddMasterDatabase();
builder.Services.AddMasterFleet();
builder.Services.AddMasterSecurity();
builder.Services.AddMasterDataHub(settings);
builder.Services.AddMasterProcessor();
builder.Services.AddAgentSdk();
builder.Services.AddAgentSecurityEvents();
builder.Services.AddCommandJournal();
builder.Services.AddMasterQuery();
builder.Services.AddMasterGateway();

var app = builder.Build();
app.UseMasterGateway();
app.MapAgentChannel();
app.MapMasterGateway();
return await app.RunMasterAsync(Console.Error);

/// <summary>The entry point, public so tests can start the real composition.</summary>
public partial class Program;
