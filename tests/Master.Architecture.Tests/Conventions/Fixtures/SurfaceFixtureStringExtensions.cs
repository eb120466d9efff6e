namespace Master.Architecture.Tests.Conventions.Fixtures;

/// <summary>An extension class that is no entry point (its method is neither Add*, Map* nor Use*): the rule must reject it.</summary>
internal static class SurfaceFixtureStringExtensions
{
    public static string Shout(this string text) => text.ToUpperInvariant();
}
