using System.Net;
using System.Net.Sockets;

namespace ContentApi.Features.Syndication.Webhooks;

/// <summary>
/// Where webhook deliveries may go. A delivery is a POST from inside our network whose answer lands in the delivery
/// log, so a receiver at a private, loopback or link-local address (a database port, a cloud metadata service) would let
/// whoever holds an admin key reach into that network. Literal addresses are refused when a webhook is registered; every
/// name is checked again when connecting, after DNS, so a name that resolves (or later re-resolves) inside is caught too.
/// <c>Webhooks:AllowPrivateNetworks</c> lifts both (development, tests, an intranet receiver).
/// </summary>
internal static class WebhookAddresses
{
    /// <summary>Whether an address is on the public internet: not private, loopback, link-local, CGNAT, multicast or unspecified.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return bytes[0] switch
            {
                0 or 10 or 127 => false,
                100 => (bytes[1] & 0xC0) != 64,    // 100.64.0.0/10, carrier-grade NAT
                169 => bytes[1] != 254,            // link-local, where cloud metadata services answer
                172 => (bytes[1] & 0xF0) != 16,    // 172.16.0.0/12
                192 => bytes[1] != 168,
                >= 224 => false,                   // multicast, reserved, broadcast
                _ => true,
            };
        }

        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || address.Equals(IPAddress.IPv6Any) || (bytes[0] & 0xFE) == 0xFC); // fc00::/7, unique local
    }

    /// <summary>A URL whose host is written as a non-public address, or as localhost.</summary>
    public static bool NamesAPrivateHost(Uri url)
    {
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(url.IdnHost, out var address))
        {
            return !IsPublic(address);
        }

        var host = url.IdnHost.TrimEnd('.');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The webhook client's connect step: resolve, keep the public addresses, connect to one of them.</summary>
    public static async ValueTask<Stream> ConnectToPublicAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = (await Dns.GetHostAddressesAsync(host, cancellationToken)).Where(IsPublic).ToArray();
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"{host} resolves only to private, loopback or link-local addresses; webhooks are delivered to public ones.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
