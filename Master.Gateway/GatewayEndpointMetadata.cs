namespace Master.Gateway;

/// <summary>Marks the endpoints mapped by <c>MapMasterGateway</c> (for the OpenAPI document and request metrics).</summary>
internal sealed class GatewayEndpointMetadata
{
    public static GatewayEndpointMetadata Instance { get; } = new();
}
