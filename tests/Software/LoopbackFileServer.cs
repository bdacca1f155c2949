using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Infra.Tests.Software;

/// <summary>
/// An HTTP server on 127.0.0.1 serving fixed files, for scripts that download with the real curl: it counts the
/// requests per path and can answer 503 to the first requests of a path, the way a release CDN fails transiently.
/// </summary>
internal sealed class LoopbackFileServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> failuresLeft = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> requests = new(StringComparer.Ordinal);
    private readonly Task serving;

    public LoopbackFileServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(BaseUrl + "/");
        listener.Start();
        serving = Task.Run(Serve);
    }

    public string BaseUrl { get; }

    /// <summary>Serves <paramref name="content"/> at <c>/name</c>; returns its URL.</summary>
    public string Add(string name, byte[] content)
    {
        files["/" + name] = content;
        return $"{BaseUrl}/{name}";
    }

    /// <summary>The next <paramref name="times"/> requests for <c>/name</c> get 503.</summary>
    public void FailFirst(string name, int times) => failuresLeft["/" + name] = times;

    /// <summary>How many requests reached <c>/name</c>.</summary>
    public int Requests(string name) => requests.GetValueOrDefault("/" + name);

    /// <summary>Requests over all paths.</summary>
    public int TotalRequests => requests.Values.Sum();

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending GetContext: the loop's way out.
        }
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            requests.AddOrUpdate(path, 1, (_, count) => count + 1);
            using var response = context.Response;
            if (failuresLeft.TryGetValue(path, out var left) && left > 0)
            {
                failuresLeft[path] = left - 1;
                response.StatusCode = 503;
            }
            else if (files.TryGetValue(path, out var content))
            {
                response.ContentLength64 = content.Length;
                await response.OutputStream.WriteAsync(content).ConfigureAwait(false);
            }
            else
            {
                response.StatusCode = 404;
            }
        }
    }
}
