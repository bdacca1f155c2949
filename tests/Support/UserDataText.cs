using System.IO.Compression;
using System.Text;
using Infra.Model;

namespace Infra.Tests.Support;

/// <summary>
/// What a machine reads from EC2: the emitted base64 user data, decoded and inflated with .NET's own gzip
/// reader (an implementation independent of the encoder under test).
/// </summary>
internal static class UserDataText
{
    public static string Of(Expr<string>? base64)
    {
        Assert.True(base64 is { IsKnown: true }, "the user data is not a compile-time value");
        return Inflate(Convert.FromBase64String(base64!.Value.KnownValue!));
    }

    public static string Inflate(byte[] gzip) => Encoding.UTF8.GetString(InflateBytes(gzip));

    public static byte[] InflateBytes(byte[] gzip)
    {
        using var output = new MemoryStream();
        using (var inflater = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress))
        {
            inflater.CopyTo(output);
        }

        return output.ToArray();
    }
}
