(define (problem plan_trial_T2605_train_063)
(:domain alfred)
(:objects
agent1 - agent
CabinetType - rtype
CoffeeMachineType - rtype
CounterTopType - rtype
DiningTableType - rtype
DrawerType - rtype
FridgeType - rtype
GarbageCanType - rtype
MicrowaveType - rtype
ShelfType - rtype
SinkBasinType - rtype
StoveBurnerType - rtype
BowlType - otype
CupType - otype
LettuceType - otype
SaltShakerType - otype
SoapBottleType - otype
SpatulaType - otype
TomatoType - otype
Cup_bar__plus_01_dot_23_bar__minus_02_dot_39_bar__plus_00_dot_54 - object
Cup_bar__minus_00_dot_63_bar__minus_02_dot_13_bar__plus_01_dot_09 - object
SoapBottle_bar__minus_02_dot_65_bar__minus_00_dot_75_bar__plus_02_dot_16 - object
Spatula_bar__minus_00_dot_55_bar__minus_02_dot_54_bar__plus_02_dot_44 - object
SaltShaker_bar__minus_00_dot_69_bar__minus_02_dot_61_bar__minus_01_dot_57 - object
Bowl_bar__minus_02_dot_77_bar__plus_00_dot_32_bar__minus_01_dot_41 - object
Lettuce_bar__minus_00_dot_52_bar__plus_01_dot_84_bar__plus_00_dot_44 - object
Tomato_bar__plus_02_dot_57_bar__plus_02_dot_71_bar__minus_00_dot_62 - object
CounterTop_bar__plus_02_dot_52_bar__plus_02_dot_24_bar__plus_00_dot_05 - receptacle
Sink_bar__minus_01_dot_79_bar__plus_02_dot_46_bar__plus_01_dot_00_bar_SinkBasin - receptacle
Cabinet_bar__plus_00_dot_09_bar__plus_02_dot_39_bar__minus_02_dot_18 - receptacle
Drawer_bar__minus_01_dot_69_bar__minus_02_dot_94_bar__minus_00_dot_59 - receptacle
Cabinet_bar__plus_02_dot_33_bar__plus_02_dot_24_bar__plus_00_dot_85 - receptacle
Fridge_bar__minus_02_dot_31_bar__minus_01_dot_68_bar__plus_01_dot_49 - receptacle
Microwave_bar__plus_00_dot_90_bar__plus_01_dot_46_bar__minus_01_dot_75 - receptacle
DiningTable_bar__plus_01_dot_93_bar__plus_01_dot_05_bar__minus_00_dot_14 - receptacle
CounterTop_bar__minus_02_dot_33_bar__minus_02_dot_88_bar__plus_01_dot_11 - receptacle
Cabinet_bar__plus_00_dot_24_bar__plus_00_dot_81_bar__minus_01_dot_93 - receptacle
Drawer_bar__minus_02_dot_86_bar__plus_02_dot_69_bar__minus_00_dot_54 - receptacle
CoffeeMachine_bar__plus_01_dot_02_bar__minus_02_dot_85_bar__plus_02_dot_35 - receptacle
Shelf_bar__plus_02_dot_86_bar__minus_01_dot_56_bar__plus_01_dot_62 - receptacle
StoveBurner_bar__minus_01_dot_90_bar__minus_00_dot_23_bar__minus_01_dot_16 - receptacle
GarbageCan_bar__plus_02_dot_65_bar__minus_02_dot_95_bar__plus_02_dot_61 - receptacle
loc_bar_0_bar__minus_1_bar_2_bar_30 - location
loc_bar_10_bar_12_bar_0_bar_0 - location
loc_bar_1_bar_8_bar_3_bar_45 - location
loc_bar_2_bar_5_bar_2_bar_0 - location
loc_bar_2_bar_7_bar_0_bar_45 - location
loc_bar_2_bar__minus_1_bar_2_bar_0 - location
loc_bar_2_bar__minus_7_bar_1_bar_45 - location
loc_bar_3_bar__minus_4_bar_3_bar_60 - location
loc_bar_7_bar_0_bar_2_bar__minus_30 - location
loc_bar_7_bar_9_bar_1_bar_45 - location
loc_bar_7_bar__minus_2_bar_2_bar_0 - location
loc_bar_8_bar_1_bar_1_bar_60 - location
loc_bar_9_bar_6_bar_1_bar_0 - location
loc_bar__minus_4_bar_5_bar_1_bar_60 - location
loc_bar__minus_5_bar_3_bar_0_bar_60 - location
loc_bar__minus_9_bar__minus_6_bar_1_bar_60 - location
)
(:init
(atLocation agent1 loc_bar_10_bar_12_bar_0_bar_0)
(receptacleType CounterTop_bar__plus_02_dot_52_bar__plus_02_dot_24_bar__plus_00_dot_05 CounterTopType)
(receptacleAtLocation CounterTop_bar__plus_02_dot_52_bar__plus_02_dot_24_bar__plus_00_dot_05 loc_bar_7_bar_9_bar_1_bar_45)
(receptacleType Sink_bar__minus_01_dot_79_bar__plus_02_dot_46_bar__plus_01_dot_00_bar_SinkBasin SinkBasinType)
(receptacleAtLocation Sink_bar__minus_01_dot_79_bar__plus_02_dot_46_bar__plus_01_dot_00_bar_SinkBasin loc_bar_8_bar_1_bar_1_bar_60)
(receptacleType Cabinet_bar__plus_00_dot_09_bar__plus_02_dot_39_bar__minus_02_dot_18 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_00_dot_09_bar__plus_02_dot_39_bar__minus_02_dot_18 loc_bar_2_bar__minus_7_bar_1_bar_45)
(openable Cabinet_bar__plus_00_dot_09_bar__plus_02_dot_39_bar__minus_02_dot_18)
(receptacleType Drawer_bar__minus_01_dot_69_bar__minus_02_dot_94_bar__minus_00_dot_59 DrawerType)
(receptacleAtLocation Drawer_bar__minus_01_dot_69_bar__minus_02_dot_94_bar__minus_00_dot_59 loc_bar_9_bar_6_bar_1_bar_0)
(openable Drawer_bar__minus_01_dot_69_bar__minus_02_dot_94_bar__minus_00_dot_59)
(receptacleType Cabinet_bar__plus_02_dot_33_bar__plus_02_dot_24_bar__plus_00_dot_85 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_02_dot_33_bar__plus_02_dot_24_bar__plus_00_dot_85 loc_bar_3_bar__minus_4_bar_3_bar_60)
(openable Cabinet_bar__plus_02_dot_33_bar__plus_02_dot_24_bar__plus_00_dot_85)
(receptacleType Fridge_bar__minus_02_dot_31_bar__minus_01_dot_68_bar__plus_01_dot_49 FridgeType)
(receptacleAtLocation Fridge_bar__minus_02_dot_31_bar__minus_01_dot_68_bar__plus_01_dot_49 loc_bar_2_bar_7_bar_0_bar_45)
(openable Fridge_bar__minus_02_dot_31_bar__minus_01_dot_68_bar__plus_01_dot_49)
(receptacleType Microwave_bar__plus_00_dot_90_bar__plus_01_dot_46_bar__minus_01_dot_75 MicrowaveType)
(receptacleAtLocation Microwave_bar__plus_00_dot_90_bar__plus_01_dot_46_bar__minus_01_dot_75 loc_bar__minus_4_bar_5_bar_1_bar_60)
(openable Microwave_bar__plus_00_dot_90_bar__plus_01_dot_46_bar__minus_01_dot_75)
(receptacleType DiningTable_bar__plus_01_dot_93_bar__plus_01_dot_05_bar__minus_00_dot_14 DiningTableType)
(receptacleAtLocation DiningTable_bar__plus_01_dot_93_bar__plus_01_dot_05_bar__minus_00_dot_14 loc_bar__minus_5_bar_3_bar_0_bar_60)
(receptacleType CounterTop_bar__minus_02_dot_33_bar__minus_02_dot_88_bar__plus_01_dot_11 CounterTopType)
(receptacleAtLocation CounterTop_bar__minus_02_dot_33_bar__minus_02_dot_88_bar__plus_01_dot_11 loc_bar_2_bar__minus_1_bar_2_bar_0)
(receptacleType Cabinet_bar__plus_00_dot_24_bar__plus_00_dot_81_bar__minus_01_dot_93 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_00_dot_24_bar__plus_00_dot_81_bar__minus_01_dot_93 loc_bar_7_bar__minus_2_bar_2_bar_0)
(openable Cabinet_bar__plus_00_dot_24_bar__plus_00_dot_81_bar__minus_01_dot_93)
(receptacleType Drawer_bar__minus_02_dot_86_bar__plus_02_dot_69_bar__minus_00_dot_54 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_86_bar__plus_02_dot_69_bar__minus_00_dot_54 loc_bar_0_bar__minus_1_bar_2_bar_30)
(openable Drawer_bar__minus_02_dot_86_bar__plus_02_dot_69_bar__minus_00_dot_54)
(receptacleType CoffeeMachine_bar__plus_01_dot_02_bar__minus_02_dot_85_bar__plus_02_dot_35 CoffeeMachineType)
(receptacleAtLocation CoffeeMachine_bar__plus_01_dot_02_bar__minus_02_dot_85_bar__plus_02_dot_35 loc_bar_2_bar_5_bar_2_bar_0)
(receptacleType Shelf_bar__plus_02_dot_86_bar__minus_01_dot_56_bar__plus_01_dot_62 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_86_bar__minus_01_dot_56_bar__plus_01_dot_62 loc_bar_7_bar_0_bar_2_bar__minus_30)
(receptacleType StoveBurner_bar__minus_01_dot_90_bar__minus_00_dot_23_bar__minus_01_dot_16 StoveBurnerType)
(receptacleAtLocation StoveBurner_bar__minus_01_dot_90_bar__minus_00_dot_23_bar__minus_01_dot_16 loc_bar_1_bar_8_bar_3_bar_45)
(receptacleType GarbageCan_bar__plus_02_dot_65_bar__minus_02_dot_95_bar__plus_02_dot_61 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_02_dot_65_bar__minus_02_dot_95_bar__plus_02_dot_61 loc_bar__minus_9_bar__minus_6_bar_1_bar_60)
(canContain CabinetType BowlType)
(canContain CabinetType CupType)
(canContain CabinetType SaltShakerType)
(canContain CabinetType SoapBottleType)
(canContain CounterTopType BowlType)
(canContain CounterTopType CupType)
(canContain CounterTopType LettuceType)
(canContain CounterTopType SaltShakerType)
(canContain CounterTopType SoapBottleType)
(canContain CounterTopType SpatulaType)
(canContain CounterTopType TomatoType)
(canContain DiningTableType BowlType)
(canContain DiningTableType CupType)
(canContain DiningTableType LettuceType)
(canContain DiningTableType SaltShakerType)
(canContain DiningTableType SoapBottleType)
(canContain DiningTableType SpatulaType)
(canContain DiningTableType TomatoType)
(canContain DrawerType SaltShakerType)
(canContain DrawerType SoapBottleType)
(canContain DrawerType SpatulaType)
(canContain FridgeType BowlType)
(canContain FridgeType CupType)
(canContain FridgeType LettuceType)
(canContain FridgeType TomatoType)
(canContain GarbageCanType LettuceType)
(canContain GarbageCanType SoapBottleType)
(canContain GarbageCanType TomatoType)
(canContain MicrowaveType BowlType)
(canContain MicrowaveType CupType)
(canContain MicrowaveType TomatoType)
(canContain ShelfType BowlType)
(canContain ShelfType CupType)
(canContain ShelfType SaltShakerType)
(canContain ShelfType SoapBottleType)
(canContain SinkBasinType BowlType)
(canContain SinkBasinType CupType)
(canContain SinkBasinType LettuceType)
(canContain SinkBasinType SpatulaType)
(canContain SinkBasinType TomatoType)
(objectType Cup_bar__plus_01_dot_23_bar__minus_02_dot_39_bar__plus_00_dot_54 CupType)
(inReceptacle Cup_bar__plus_01_dot_23_bar__minus_02_dot_39_bar__plus_00_dot_54 Microwave_bar__plus_00_dot_90_bar__plus_01_dot_46_bar__minus_01_dot_75)
(objectAtLocation Cup_bar__plus_01_dot_23_bar__minus_02_dot_39_bar__plus_00_dot_54 loc_bar__minus_4_bar_5_bar_1_bar_60)
(pickupable Cup_bar__plus_01_dot_23_bar__minus_02_dot_39_bar__plus_00_dot_54)
(heatable Cup_bar__plus_01_dot_23_bar__minus_02_dot_39_bar__plus_00_dot_54)
(coolable Cup_bar__plus_01_dot_23_bar__minus_02_dot_39_bar__plus_00_dot_54)
(cleanable Cup_bar__plus_01_dot_23_bar__minus_02_dot_39_bar__plus_00_dot_54)
(isReceptacleObject Cup_bar__plus_01_dot_23_bar__minus_02_dot_39_bar__plus_00_dot_54)
(objectType Cup_bar__minus_00_dot_63_bar__minus_02_dot_13_bar__plus_01_dot_09 CupType)
(inReceptacle Cup_bar__minus_00_dot_63_bar__minus_02_dot_13_bar__plus_01_dot_09 Microwave_bar__plus_00_dot_90_bar__plus_01_dot_46_bar__minus_01_dot_75)
(objectAtLocation Cup_bar__minus_00_dot_63_bar__minus_02_dot_13_bar__plus_01_dot_09 loc_bar__minus_4_bar_5_bar_1_bar_60)
(pickupable Cup_bar__minus_00_dot_63_bar__minus_02_dot_13_bar__plus_01_dot_09)
(heatable Cup_bar__minus_00_dot_63_bar__minus_02_dot_13_bar__plus_01_dot_09)
(coolable Cup_bar__minus_00_dot_63_bar__minus_02_dot_13_bar__plus_01_dot_09)
(cleanable Cup_bar__minus_00_dot_63_bar__minus_02_dot_13_bar__plus_01_dot_09)
(isReceptacleObject Cup_bar__minus_00_dot_63_bar__minus_02_dot_13_bar__plus_01_dot_09)
(objectType SoapBottle_bar__minus_02_dot_65_bar__minus_00_dot_75_bar__plus_02_dot_16 SoapBottleType)
(inReceptacle SoapBottle_bar__minus_02_dot_65_bar__minus_00_dot_75_bar__plus_02_dot_16 DiningTable_bar__plus_01_dot_93_bar__plus_01_dot_05_bar__minus_00_dot_14)
(objectAtLocation SoapBottle_bar__minus_02_dot_65_bar__minus_00_dot_75_bar__plus_02_dot_16 loc_bar__minus_5_bar_3_bar_0_bar_60)
(pickupable SoapBottle_bar__minus_02_dot_65_bar__minus_00_dot_75_bar__plus_02_dot_16)
(objectType Spatula_bar__minus_00_dot_55_bar__minus_02_dot_54_bar__plus_02_dot_44 SpatulaType)
(inReceptacle Spatula_bar__minus_00_dot_55_bar__minus_02_dot_54_bar__plus_02_dot_44 Drawer_bar__minus_01_dot_69_bar__minus_02_dot_94_bar__minus_00_dot_59)
(objectAtLocation Spatula_bar__minus_00_dot_55_bar__minus_02_dot_54_bar__plus_02_dot_44 loc_bar_9_bar_6_bar_1_bar_0)
(pickupable Spatula_bar__minus_00_dot_55_bar__minus_02_dot_54_bar__plus_02_dot_44)
(cleanable Spatula_bar__minus_00_dot_55_bar__minus_02_dot_54_bar__plus_02_dot_44)
(objectType SaltShaker_bar__minus_00_dot_69_bar__minus_02_dot_61_bar__minus_01_dot_57 SaltShakerType)
(inReceptacle SaltShaker_bar__minus_00_dot_69_bar__minus_02_dot_61_bar__minus_01_dot_57 Shelf_bar__plus_02_dot_86_bar__minus_01_dot_56_bar__plus_01_dot_62)
(objectAtLocation SaltShaker_bar__minus_00_dot_69_bar__minus_02_dot_61_bar__minus_01_dot_57 loc_bar_7_bar_0_bar_2_bar__minus_30)
(pickupable SaltShaker_bar__minus_00_dot_69_bar__minus_02_dot_61_bar__minus_01_dot_57)
(objectType Bowl_bar__minus_02_dot_77_bar__plus_00_dot_32_bar__minus_01_dot_41 BowlType)
(inReceptacle Bowl_bar__minus_02_dot_77_bar__plus_00_dot_32_bar__minus_01_dot_41 Shelf_bar__plus_02_dot_86_bar__minus_01_dot_56_bar__plus_01_dot_62)
(objectAtLocation Bowl_bar__minus_02_dot_77_bar__plus_00_dot_32_bar__minus_01_dot_41 loc_bar_7_bar_0_bar_2_bar__minus_30)
(pickupable Bowl_bar__minus_02_dot_77_bar__plus_00_dot_32_bar__minus_01_dot_41)
(coolable Bowl_bar__minus_02_dot_77_bar__plus_00_dot_32_bar__minus_01_dot_41)
(cleanable Bowl_bar__minus_02_dot_77_bar__plus_00_dot_32_bar__minus_01_dot_41)
(isReceptacleObject Bowl_bar__minus_02_dot_77_bar__plus_00_dot_32_bar__minus_01_dot_41)
(objectType Lettuce_bar__minus_00_dot_52_bar__plus_01_dot_84_bar__plus_00_dot_44 LettuceType)
(inReceptacle Lettuce_bar__minus_00_dot_52_bar__plus_01_dot_84_bar__plus_00_dot_44 Sink_bar__minus_01_dot_79_bar__plus_02_dot_46_bar__plus_01_dot_00_bar_SinkBasin)
(objectAtLocation Lettuce_bar__minus_00_dot_52_bar__plus_01_dot_84_bar__plus_00_dot_44 loc_bar_8_bar_1_bar_1_bar_60)
(pickupable Lettuce_bar__minus_00_dot_52_bar__plus_01_dot_84_bar__plus_00_dot_44)
(coolable Lettuce_bar__minus_00_dot_52_bar__plus_01_dot_84_bar__plus_00_dot_44)
(cleanable Lettuce_bar__minus_00_dot_52_bar__plus_01_dot_84_bar__plus_00_dot_44)
(sliceable Lettuce_bar__minus_00_dot_52_bar__plus_01_dot_84_bar__plus_00_dot_44)
(objectType Tomato_bar__plus_02_dot_57_bar__plus_02_dot_71_bar__minus_00_dot_62 TomatoType)
(inReceptacle Tomato_bar__plus_02_dot_57_bar__plus_02_dot_71_bar__minus_00_dot_62 DiningTable_bar__plus_01_dot_93_bar__plus_01_dot_05_bar__minus_00_dot_14)
(objectAtLocation Tomato_bar__plus_02_dot_57_bar__plus_02_dot_71_bar__minus_00_dot_62 loc_bar__minus_5_bar_3_bar_0_bar_60)
(pickupable Tomato_bar__plus_02_dot_57_bar__plus_02_dot_71_bar__minus_00_dot_62)
(heatable Tomato_bar__plus_02_dot_57_bar__plus_02_dot_71_bar__minus_00_dot_62)
(coolable Tomato_bar__plus_02_dot_57_bar__plus_02_dot_71_bar__minus_00_dot_62)
(cleanable Tomato_bar__plus_02_dot_57_bar__plus_02_dot_71_bar__minus_00_dot_62)
(sliceable Tomato_bar__plus_02_dot_57_bar__plus_02_dot_71_bar__minus_00_dot_62)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 CupType)
                                    (receptacleType ?r CabinetType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 CupType)
                                            (receptacleType ?r CabinetType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
