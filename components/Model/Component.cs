namespace Infra.Model;

/// <summary>
/// A reusable building block: it validates its args when constructed (the message names the value
/// and the fix) and declares its resources under its own scope, so their names derive from its path.
/// </summary>
public abstract class Component
{
    protected Component(Scope parent, string id)
    {
        ArgumentNullException.ThrowIfNull(parent);
        Scope = parent.Child(id);
    }

    /// <summary>The component's own scope: children are declared here.</summary>
    public Scope Scope { get; }

    public ResourcePath Path => Scope.Path;
}
