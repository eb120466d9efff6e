namespace Master.Query.Language;

/// <summary>Short ages for messages, kubectl style: <c>45s</c>, <c>5m12s</c>, <c>3h4m</c>, <c>2d5h</c>.</summary>
internal static class AgeText
{
    public static string Of(TimeSpan age)
    {
        if (age < TimeSpan.Zero)
        {
            age = TimeSpan.Zero;
        }

        return age.TotalDays >= 1 ? $"{(int)age.TotalDays}d{age.Hours}h"
            : age.TotalHours >= 1 ? $"{(int)age.TotalHours}h{age.Minutes}m"
            : age.TotalMinutes >= 1 ? $"{(int)age.TotalMinutes}m{age.Seconds}s"
            : $"{(int)age.TotalSeconds}s";
    }
}
