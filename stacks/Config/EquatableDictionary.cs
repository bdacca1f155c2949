using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Infra.Stacks.Config;

/// <summary>A read-only map with ordinal string keys, enumerated in key order and compared by its entries,
/// so records holding maps compare by value and emit deterministically.</summary>
public sealed class EquatableDictionary<TValue> : IReadOnlyDictionary<string, TValue>, IEquatable<EquatableDictionary<TValue>>
{
    private readonly SortedDictionary<string, TValue> entries;

    public EquatableDictionary(IEnumerable<KeyValuePair<string, TValue>> entries) =>
        this.entries = new SortedDictionary<string, TValue>(entries.ToDictionary(), StringComparer.Ordinal);

    public int Count => entries.Count;

    public TValue this[string key] => entries[key];

    public IEnumerable<string> Keys => entries.Keys;

    public IEnumerable<TValue> Values => entries.Values;

    public bool ContainsKey(string key) => entries.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value) => entries.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(EquatableDictionary<TValue>? other) => other is not null && entries.SequenceEqual(other.entries);

    public override bool Equals(object? obj) => Equals(obj as EquatableDictionary<TValue>);

    public override int GetHashCode() => entries.Aggregate(entries.Count, (hash, entry) => HashCode.Combine(hash, entry.Key, entry.Value));

    public override string ToString() => $"{{{string.Join(", ", entries.Select(e => $"{e.Key}: {e.Value}"))}}}";
}
