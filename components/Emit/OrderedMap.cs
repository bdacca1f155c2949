namespace Infra.Emit;

/// <summary>A map written in the order its entries were added (documents, resources); other maps are sorted by key.</summary>
public sealed class OrderedMap : List<KeyValuePair<string, object>>
{
    public OrderedMap Add(string key, object? value)
    {
        if (value is not null)
        {
            Add(new KeyValuePair<string, object>(key, value));
        }

        return this;
    }
}

/// <summary>Map entries produced while they are written (a program's resources), in the order given.</summary>
public sealed record OrderedEntries(IEnumerable<KeyValuePair<string, object>> Entries);

/// <summary>A string the writer must not escape: an expression the emitter already formed (<c>${vpc.id}</c>).</summary>
public sealed record RawScalar(string Text);
