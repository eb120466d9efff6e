namespace Master.Query.Language;

/// <summary>
/// The most recently used compiled queries, by text: dashboards and alert rules run the same text again and again, and a
/// cached query skips parsing, binding and compiling its getters and regexes.
/// </summary>
internal sealed class QueryCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Text, CompiledQuery Query)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, CompiledQuery Query)> _recency = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The cached query for <paramref name="text"/>, compiled outside the lock on a miss.</summary>
    public CompiledQuery GetOrAdd(string text, Func<string, CompiledQuery> compile)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(text, out var hit))
            {
                _recency.Remove(hit);
                _recency.AddFirst(hit);
                return hit.Value.Query;
            }
        }

        var query = compile(text);
        lock (_lock)
        {
            if (_entries.ContainsKey(text))
            {
                return query;
            }

            _entries[text] = _recency.AddFirst((text, query));
            if (_entries.Count > capacity)
            {
                _entries.Remove(_recency.Last!.Value.Text);
                _recency.RemoveLast();
            }
        }

        return query;
    }
}
