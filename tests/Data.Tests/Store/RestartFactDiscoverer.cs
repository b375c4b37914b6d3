using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace GraphTraining.Data.Tests.Store;

/// <summary>
/// xunit 2 has no dynamic skip, so the decision is made at discovery from the concrete test class: a store kind
/// that cannot reopen its store gets a visibly skipped test instead of one that passes without running.
/// </summary>
public sealed class RestartFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var testClass = testMethod.TestClass.Class.ToRuntimeType();
        if (ContractFactDiscoverer.SkipReason(testMethod) is { } unreachable)
        {
            yield return new SkippedTestCase(diagnosticMessageSink, display, displayOptions, testMethod, unreachable);
            yield break;
        }

        var reopen = testClass.GetMethod("ReopenAsync", BindingFlags.Instance | BindingFlags.NonPublic);
        if (reopen is not null && reopen.DeclaringType != typeof(TrainingStoreContractTests))
        {
            yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
        }
        else
        {
            var reason = $"{testClass.Name} keeps nothing across a restart (it does not override ReopenAsync).";
            yield return new SkippedTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason);
        }
    }
}
