using Microsoft.Extensions.DependencyInjection;

namespace Master.Architecture.Tests.Conventions.Fixtures;

/// <summary>An entry point the public-surface rule must accept.</summary>
internal static class SurfaceFixtureServiceCollectionExtensions
{
    public static IServiceCollection AddSurfaceFixture(this IServiceCollection services) => services;
}
