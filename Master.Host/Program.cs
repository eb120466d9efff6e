var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>The entry point, public so tests can start the real composition.</summary>
public partial class Program;
