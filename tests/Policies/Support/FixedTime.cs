namespace Infra.Tests.Policies.Support;

/// <summary>A clock stopped at noon UTC of one day, so waiver expiry is decided by the test.</summary>
internal sealed class FixedTime(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
